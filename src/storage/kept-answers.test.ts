// Which tables a kept read depends on, and which answers a change drops.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeptAnswers, tablesReadBy } from './kept-answers.js';

test('the tables a query reads are found after FROM and JOIN, quoted or not, subqueries included', () => {
  assert.deepEqual(
    tablesReadBy('select "s"."id", (SELECT string_agg(a.kind, \',\') FROM authenticators a WHERE a.user_id = "u"."id") as "mfa_kinds" from "sessions" as "s" inner join "users" as "u" on "u"."id" = "s"."user_id" where "s"."token_hash" = ?'),
    ['authenticators', 'sessions', 'users'],
  );
  assert.deepEqual(tablesReadBy('select "value" from "settings" where "key" = $1'), ['settings']);
});

test('a FROM list with a comma, or no table at all, cannot be told: such a read drops on any change', () => {
  assert.equal(tablesReadBy('select * from "users" as "u", "sessions" where 1 = 1'), null);
  assert.equal(tablesReadBy('select 1'), null);
});

test('a change drops the answers that read the table, and those of reads over untracked tables; the rest stay', () => {
  const kept = new KeptAnswers();
  const sessions = kept.register('select * from sessions join users on 1 = 1');
  const keys = kept.register('select * from api_keys join users on 1 = 1');
  const flows = kept.register('select * from sign_in_flows');
  kept.setTracked(new Set(['sessions', 'users', 'api_keys']));
  for (const read of [sessions, keys, flows]) kept.keep(read, 'k', 'answer');
  kept.forgetChanged(new Set(['api_keys']));
  assert.equal(sessions.answers.size, 1, 'the sessions stay');
  assert.equal(keys.answers.size, 0);
  assert.equal(flows.answers.size, 0, 'untracked: dropped on any change');
  const generation = sessions.generation;
  kept.forgetChanged(new Set(['users']));
  assert.equal(sessions.answers.size, 0);
  assert.ok(sessions.generation > generation, 'a read under way sees the generation move and keeps nothing');
});
