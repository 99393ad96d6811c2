import * as z from 'zod';
import type { User } from '../src/core/models.ts';

/** A user as the read tools return it. */
export const UserOutput = z.object({
  email: z.string().describe('Email address; unique in the organization.'),
  name: z.string().describe('Display name (may be empty for service accounts).'),
  user_id: z.string().optional().describe('Stable id of the user; absent for service accounts.'),
  permission_level: z.string().describe('Role in the organization: owner or collaborator.'),
  created_at: z.string().describe('When the user joined the organization (ISO 8601).'),
});

export function userOutput(user: User): z.infer<typeof UserOutput> {
  return {
    email: user.email,
    name: user.name,
    ...(user.user_id === undefined ? {} : { user_id: user.user_id }),
    permission_level: user.permission_level,
    created_at: user.created_at,
  };
}
