import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  COLLABORATOR_TYPES,
  checkCollaboratorType
} from "./chunk-3ICHVUQF.js";
import {
  paint
} from "./chunk-AULIFACN.js";
import {
  UsageError,
  stringOption
} from "./chunk-4T3QDSHC.js";

// src/cli/filters.ts
function collaboratorType(values, command) {
  const raw = stringOption(values, "collaborator-type");
  try {
    return checkCollaboratorType(raw);
  } catch {
    const choices = COLLABORATOR_TYPES.map((type) => `'${type}'`).join(", ");
    throw new UsageError(`Invalid value for '--collaborator-type': '${raw}' is not one of ${choices}.`, command);
  }
}
function serviceAccount(values, command) {
  const service = values["service-account"] === true;
  const user = values["user-account"] === true;
  if (service && user) throw new UsageError("give --service-account or --user-account, not both.", command);
  return service ? true : user ? false : void 0;
}
function userFilters(values, command, unset) {
  const filters = {
    email: stringOption(values, "email"),
    name: stringOption(values, "name"),
    collaborator_type: collaboratorType(values, command),
    is_service_account: serviceAccount(values, command)
  };
  const shown = (value) => value === void 0 ? unset : String(value);
  return {
    filters,
    preamble: [
      ["email", shown(filters.email)],
      ["name", shown(filters.name)],
      ["collaborator type", shown(filters.collaborator_type)],
      ["service account", shown(filters.is_service_account)]
    ]
  };
}

// src/cli/preamble.ts
function writePreamble(terminal, title, entries) {
  terminal.err.write(`${title}
${entries.map(([key, value]) => `\u2022 ${key} = ${value}
`).join("")}`);
}

// src/cli/table.ts
var GAP = "  ";
var StreamingTable = class {
  #out;
  #columns;
  #color;
  #widths;
  #rows = 0;
  constructor(out, columns, options) {
    this.#out = out;
    this.#columns = columns;
    this.#color = options.color;
  }
  get rowCount() {
    return this.#rows;
  }
  write(rows) {
    if (rows.length === 0) return;
    const cells = rows.map((row) => this.#columns.map((column) => oneLine(column.value(row))));
    if (this.#widths === void 0) {
      this.#widths = this.#columns.map((column, i) => Math.max(column.header.length, ...cells.map((line) => line[i].length)));
      const header = this.#format(this.#columns.map((column) => column.header));
      this.#out.write(`${paint(this.#color, "bold", header)}
`);
    }
    this.#out.write(cells.map((line) => `${this.#format(line)}
`).join(""));
    this.#rows += rows.length;
  }
  #format(cells) {
    const last = cells.length - 1;
    return cells.map((cell, i) => i === last ? cell : cell.padEnd(this.#widths[i])).join(GAP);
  }
};
function oneLine(text) {
  return text.replace(/[\t\r\n]+/g, " ");
}

// src/cli/user-table.ts
function formatCreatedAt(createdAt) {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(createdAt);
  if (match) return `${match[1]} ${match[2]}`;
  const date = new Date(createdAt);
  return Number.isNaN(date.getTime()) ? createdAt : date.toISOString().slice(0, 16).replace("T", " ");
}
var USER_COLUMNS = [
  { header: "EMAIL", value: (user) => user.email },
  { header: "NAME", value: (user) => user.name },
  { header: "ID", value: (user) => user.user_id ?? "" },
  { header: "ROLE", value: (user) => user.permission_level },
  { header: "CREATED AT", value: (user) => formatCreatedAt(user.created_at) }
];
function userTable(terminal) {
  return new StreamingTable(terminal.out, USER_COLUMNS, { color: terminal.outColor });
}

export {
  userFilters,
  writePreamble,
  userTable
};
