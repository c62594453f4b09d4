// Runs the real resource/sonoran-hub.js against the emulator's /apiWsHub (ASP.NET Core SignalR).
// Started by tests/SonoranFiveM.IntegrationTests/Streaming/HubBridgeNodeTests.cs, which passes HUB_URL (the emulator),
// HUB_COMMUNITY, HUB_API_KEY and a logged-in unit HUB_UNIT in the environment.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const shim = require('./fxserver-shim.js');

const base = process.env.HUB_URL;
const hubUrl = base + '/apiWsHub';
const community = process.env.HUB_COMMUNITY;
const key = process.env.HUB_API_KEY;
const unit = process.env.HUB_UNIT;
shim.convars.set('sonoran_apiKey', key);
require('../../resource/sonoran-hub.js');

let requestId = 0;

async function request(event, ...args) {
  const id = ++requestId;
  const answer = shim.next('sonoran-fivem:hub:result', (a) => a[0] === id);
  shim.emit(event, id, ...args);
  const [, outcome, reason] = await answer;
  return { outcome, reason };
}

const connect = () => request('sonoran-fivem:hub:connect', hubUrl, community, 1);
const send = (updates) => request('sonoran-fivem:hub:send', JSON.stringify(updates));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function emulator(route, body) {
  const response = await fetch(base + route, { method: body ? 'POST' : 'GET', headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  assert.strictEqual(response.status, 200, route + ' answered ' + response.status);
  return response.json();
}

const update = (x) => ({ communityUserId: unit, location: '[101] Alta St', coordinates: { x, y: 2, z: 3, w: 90 } });

test.after(() => shim.emit('sonoran-fivem:hub:stop'));

test('authenticates and streams locations that show in the emulator state', async () => {
  assert.deepStrictEqual(await connect(), { outcome: 'authenticated', reason: '' });
  assert.deepStrictEqual(await send([update(11.5)]), { outcome: 'accepted', reason: '' });
  const state = await emulator('/_emulator/state');
  const cadUnit = state.units.find((u) => u.data.communityUserId === unit);
  assert.strictEqual(cadUnit.coordinates.x, 11.5);
  assert.strictEqual(cadUnit.location, '[101] Alta St');
});

test('the hub limits come back as rejections with the exact strings', async () => {
  await sleep(250);
  const tooMany = await send(Array.from({ length: 26 }, (_, i) => update(i)));
  assert.strictEqual(tooMany.outcome, 'rejected');
  assert.match(tooMany.reason, /Too many unit updates in one call\. Max is 25\./);
  await sleep(250);
  assert.strictEqual((await send([update(1)])).outcome, 'accepted');
  const tooSoon = await send([update(2)]);
  assert.strictEqual(tooSoon.outcome, 'rejected');
  assert.match(tooSoon.reason, /UNIT_LOCATION updates are limited to every 200ms\./);
});

test('push events from the CAD are forwarded as JSON', async () => {
  const push = shim.next('sonoran-fivem:hub:push', (a) => JSON.parse(a[0]).type === 'EVENT_UNIT_STATUS');
  await emulator('/_emulator/cad', { action: 'status', communityUserId: unit, status: 3 });
  const payload = JSON.parse((await push)[0]);
  assert.strictEqual(payload.data.status, 3);
  assert.strictEqual(payload.key, key); // the CAD sends the key; the C# side checks it
});

test('a dropped connection is reported as closed, and a send then fails', async () => {
  const closed = shim.next('sonoran-fivem:hub:closed');
  await emulator('/_emulator/hub/faults', { drop: true });
  const [reason] = await closed;
  assert.ok(reason.length > 0);
  assert.strictEqual((await send([update(3)])).outcome, 'failed');
});

test('a hub that is down answers down; once up it authenticates again', async () => {
  await emulator('/_emulator/hub/faults', { down: true });
  assert.strictEqual((await connect()).outcome, 'down');
  await emulator('/_emulator/hub/faults', { down: false });
  assert.strictEqual((await connect()).outcome, 'authenticated');
});

test('another resource cannot make the bridge connect (the key would go to its URL)', async () => {
  shim.invoking.name = 'some-other-resource';
  try {
    const id = ++requestId;
    const answer = shim.next('sonoran-fivem:hub:result', (a) => a[0] === id, 500);
    shim.emit('sonoran-fivem:hub:connect', id, 'http://127.0.0.1:9/apiWsHub', community, 1);
    await assert.rejects(answer);
  } finally {
    shim.invoking.name = 'sonoran-fivem';
  }
});

test('a wrong key is refused, and the reason never carries the key', async () => {
  shim.convars.set('sonoran_apiKey', 'wrong-key-0123456789');
  try {
    const refused = await connect();
    assert.strictEqual(refused.outcome, 'refused');
    assert.match(refused.reason, /Invalid API key\./);
    assert.ok(!refused.reason.includes('wrong-key-0123456789'));
  } finally {
    shim.convars.set('sonoran_apiKey', key);
  }
});
