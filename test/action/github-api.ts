import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A loopback stand-in for the part of GitHub's REST API that the plan comment uses: who the token
 * is, and an issue's comments (list, paged with a Link header; create; update). Served under a
 * path prefix, as GitHub Enterprise Server serves /api/v3, so that a test shows GITHUB_API_URL is
 * followed. It records every request, and enforces what GitHub does: a read-only token cannot
 * write, and only a comment's author may update it.
 */

export interface Identity {
  login: string;
  type: 'User' | 'Bot';
  /** A personal token can say who it is (GET /user); an app's installation token cannot. */
  personal: boolean;
  /** A fork's pull request gets a token that may only read. */
  readOnly?: boolean;
  /** Every request with this token gets a 502, as from a GitHub having a bad day. */
  failing?: boolean;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, without the prefix. */
  path: string;
  authorization: string | undefined;
  userAgent: string | undefined;
  body: unknown;
}

export interface GitHubApi {
  /** What GITHUB_API_URL is set to. */
  apiUrl: string;
  requests: RecordedRequest[];
  /** Comments by issue number, in order. */
  comments: Map<number, Comment[]>;
  addComment(issue: number, body: string, user: Identity): Comment;
  close(): Promise<void>;
}

const PREFIX = '/api/v3';

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text === '' ? undefined : JSON.parse(text);
}

export async function startGitHubApi(tokens: Record<string, Identity>, repository = 'acme/people'): Promise<GitHubApi> {
  const comments = new Map<number, Comment[]>();
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  let base = '';

  const addComment = (issue: number, body: string, user: Identity): Comment => {
    const id = nextId++;
    const comment = {
      id,
      body,
      user: { login: user.login, type: user.type },
      html_url: `https://github.example/${repository}/pull/${issue}#issuecomment-${id}`,
    };
    comments.set(issue, [...(comments.get(issue) ?? []), comment]);
    return comment;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    const authorization = req.headers.authorization;
    requests.push({
      method: req.method ?? '',
      path: `${url.pathname.slice(PREFIX.length)}${url.search}`,
      authorization,
      userAgent: req.headers['user-agent'],
      body,
    });
    if (!url.pathname.startsWith(`${PREFIX}/`)) return send(res, 404, { message: 'Not Found' });
    const path = url.pathname.slice(PREFIX.length);
    const identity = tokens[authorization?.replace(/^token /, '') ?? ''];
    if (!identity) return send(res, 401, { message: 'Bad credentials' });
    if (identity.failing) return send(res, 502, { message: 'Server Error' });
    const refuse = () => send(res, 403, { message: 'Resource not accessible by integration' });

    if (req.method === 'GET' && path === '/user')
      return identity.personal ? send(res, 200, { login: identity.login, type: identity.type }) : refuse();

    const list = new RegExp(`^/repos/${repository}/issues/(\\d+)/comments$`).exec(path);
    if (list && req.method === 'GET') {
      const all = comments.get(Number(list[1])) ?? [];
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < pages)
        headers.link = `<${base}${path}?per_page=${perPage}&page=${page + 1}>; rel="next", <${base}${path}?per_page=${perPage}&page=${pages}>; rel="last"`;
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if (list && req.method === 'POST') {
      if (identity.readOnly) return refuse();
      return send(res, 201, addComment(Number(list[1]), (body as { body: string }).body, identity));
    }
    const update = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(path);
    if (update && req.method === 'PATCH') {
      const comment = [...comments.values()].flat().find((c) => c.id === Number(update[1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      if (identity.readOnly || comment.user.login !== identity.login) return refuse();
      comment.body = (body as { body: string }).body;
      return send(res, 200, comment);
    }
    return send(res, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  return {
    apiUrl: base,
    requests,
    comments,
    addComment,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
