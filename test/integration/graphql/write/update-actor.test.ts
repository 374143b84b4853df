import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateActorInput!) {
  updateActor(id: $id, input: $input) { kind id status record }
}`;

describe('Mutation.updateActor', () => {
  const api = useWriteApi();

  it('changes only the given fields, keeps the others, and audits before and after', async () => {
    const before = (await readDocument(api.db, ['caritas-bergstrasse'])).actors[0];
    const result = ok(
      await api.admin.query<{ updateActor: { status: string; record: string } }>(UPDATE, {
        id: 'caritas-bergstrasse',
        input: { description: 'Migrationsdienst der Caritas', shortName: 'Caritas' },
      }),
    );
    expect(result.updateActor.status).toBe('UPDATED');
    const after = (await readDocument(api.db, ['caritas-bergstrasse'])).actors[0];
    expect(after).toEqual({ ...before, description: 'Migrationsdienst der Caritas', shortName: 'Caritas' });
    expect(json(result.updateActor.record)).toEqual(after);
    const [entry] = await latestAudit(api, 1);
    expect(entry).toMatchObject({ action: 'UPDATE', targetKind: 'Actor', targetId: 'caritas-bergstrasse' });
    expect(json(entry?.before)).toEqual(before);
    expect(json(entry?.after)).toEqual(after);
  });

  it('clears a field given as null, and reports UNCHANGED (writing and auditing nothing) for no change', async () => {
    ok(await api.admin.query(UPDATE, { id: 'caritas-bergstrasse', input: { shortName: null } }));
    expect((await readDocument(api.db, ['caritas-bergstrasse'])).actors[0]?.shortName).toBeNull();
    const seqBefore = (await latestAudit(api, 1))[0]?.seq;
    const same = ok(
      await api.admin.query<{ updateActor: { status: string } }>(UPDATE, {
        id: 'caritas-bergstrasse',
        input: { shortName: null, name: 'Caritasverband Bergstraße' },
      }),
    );
    expect(same.updateActor.status).toBe('UNCHANGED');
    expect((await latestAudit(api, 1))[0]?.seq).toBe(seqBefore);
  });

  it('turns an actor into a body and back (the kind label follows)', async () => {
    ok(
      await api.admin.query(UPDATE, {
        id: 'einsamer-verein',
        input: { kind: 'body', bodyKind: 'workingGroup' },
      }),
    );
    expect((await readDocument(api.db, ['einsamer-verein'])).actors[0]).toMatchObject({ kind: 'body' });
    const net = await api.anonymous.query<{ network: { nodes: { id: string; labels: string[] }[] } }>(
      '{ network(limit: 100) { nodes { id labels } } }',
    );
    expect(net.data?.network.nodes.find((n) => n.id === 'einsamer-verein')?.labels).toContain('Body');
    ok(
      await api.admin.query(UPDATE, {
        id: 'einsamer-verein',
        input: { kind: 'civilSocietyOrganisation', bodyKind: null },
      }),
    );
  });

  it('checks the change against the stored relationships: a body with members cannot stop being a body', async () => {
    const result = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'ak-integration', input: { kind: 'agency', bodyKind: null } }),
    );
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    const issues = errorOf(result).extensions.issues as { code: string; file: string }[];
    expect(issues.map((i) => [i.code, i.file])).toEqual([
      ['INVALID_ENDPOINT', 'database'],
      ['INVALID_ENDPOINT', 'database'],
    ]);
  });

  it('refuses invalid values, and unknown ids or ids of other kinds with NOT_FOUND', async () => {
    const invalid = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'jobcenter-bergstrasse', input: { name: null, website: 'ftp://x' } }),
    );
    expect(issueCodes(invalid).sort()).toEqual(['INVALID_VALUE', 'REQUIRED']);
    for (const id of ['no-such-actor', 'wir-hessen']) {
      const missing = await refused(api, () => api.admin.query(UPDATE, { id, input: { note: 'x' } }));
      expect(errorOf(missing).code).toBe('NOT_FOUND');
    }
  });
});
