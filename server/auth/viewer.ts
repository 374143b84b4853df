/** Who is asking: anonymous readers, or an admin identified by the name of their token. */
export type Viewer = { readonly role: 'anonymous' } | { readonly role: 'admin'; readonly name: string };

export const ANONYMOUS: Viewer = { role: 'anonymous' };
