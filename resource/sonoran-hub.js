// sonoran-fivem: the bridge to Sonoran CAD's API WebSocket hub (/apiWsHub), run on FXServer's Node runtime.
//
// Managed sockets fail inside Linux FXServer (citizenfx/fivem#4133), so the C# resource never opens this connection
// itself: it asks this script, over local server events, to connect, authenticate and send unit locations, and hears
// back results, drops and push events. Every decision (pacing, batching, reconnecting, HTTP fallback) is the C# core's;
// this script only moves messages. It speaks SignalR's JSON protocol directly (negotiate, handshake, invocation,
// completion, ping, close) over the `ws` client vendored in resource/vendor/ws.js (see docs/live-map-transport.md).
//
// Events (all local to the server; none is registered for clients, and requests raised by any other resource are
// ignored: the API key must never be sent to a hub URL another resource chose):
//   in:  sonoran-fivem:hub:connect (requestId, hubUrl, communityId, serverId)   -- the API key is read here from the
//                                                                                 protected convar sonoran_apiKey
//        sonoran-fivem:hub:send    (requestId, updatesJson)                      -- one unitLocation call
//        sonoran-fivem:hub:stop    ()
//   out: sonoran-fivem:hub:result  (requestId, outcome, reason)  outcome: authenticated | refused | down | accepted | rejected | failed
//        sonoran-fivem:hub:closed  (reason)                      the connection dropped after it was authenticated
//        sonoran-fivem:hub:push    (payloadJson)                 a pushEvent {key, type, data}, unchecked (C# checks the key)
'use strict';

const path = require('path');
const http = require('http');
const https = require('https');

const RS = '\u001e';
const TIMEOUT_MS = 10000;
const PING_MS = 15000;
const SERVER_TIMEOUT_MS = 30000;
const MAX_MESSAGE_CHARS = 1024 * 1024;

const resourceName = GetCurrentResourceName();
const WebSocketClient = require(path.join(GetResourcePath(resourceName), 'resource', 'vendor', 'ws.js'));

function apiKey() {
  return GetConvar('sonoran_apiKey', '');
}

// Reasons go to the server console through C#: never let the key through.
function clean(text) {
  let reason = String(text === undefined || text === null ? '' : text).slice(0, 300);
  const key = apiKey();
  if (key.length >= 4) reason = reason.split(key).join('***');
  return reason;
}

function postJson(url, headers) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(target, { method: 'POST', headers: Object.assign({ 'Content-Length': 0 }, headers), timeout: TIMEOUT_MS }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
        if (body.length > 65536) request.destroy(new Error('negotiate answer too large'));
      });
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error('negotiate answered HTTP ' + response.statusCode));
        try {
          resolve(JSON.parse(body));
        } catch (e) {
          reject(new Error('negotiate answer is not JSON'));
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error('negotiate timed out')));
    request.on('error', reject);
    request.end();
  });
}

// SignalR negotiate (version 1), following a redirect (e.g. Azure SignalR Service) with its access token.
async function negotiate(hubUrl) {
  let url = hubUrl;
  let token = null;
  for (let hop = 0; hop < 5; hop++) {
    const negotiateUrl = url.replace(/\/+$/, '') + '/negotiate?negotiateVersion=1';
    const answer = await postJson(negotiateUrl, token ? { Authorization: 'Bearer ' + token } : {});
    if (answer.error) throw new Error('negotiate refused: ' + answer.error);
    if (answer.url) {
      url = answer.url;
      token = answer.accessToken || null;
      continue;
    }
    const transports = answer.availableTransports || [];
    if (!transports.some((t) => t.transport === 'WebSockets')) throw new Error('the hub offers no WebSockets transport');
    const id = answer.connectionToken || answer.connectionId;
    const socketUrl = new URL(url.replace(/^http/, 'ws'));
    socketUrl.searchParams.set('id', id);
    if (token) socketUrl.searchParams.set('access_token', token);
    return socketUrl.toString();
  }
  throw new Error('negotiate redirected too often');
}

class HubConnection {
  constructor(onPush, onClosed) {
    this.onPush = onPush;
    this.onClosed = onClosed;
    this.socket = null;
    this.nextId = 1;
    this.pending = new Map();
    this.buffer = '';
    this.closed = false;
    this.timers = [];
    this.lastHeard = Date.now();
  }

  async start(hubUrl) {
    const socketUrl = await negotiate(hubUrl);
    await new Promise((resolve, reject) => {
      const socket = new WebSocketClient(socketUrl, { handshakeTimeout: TIMEOUT_MS, maxPayload: MAX_MESSAGE_CHARS });
      this.socket = socket;
      let handshaken = false;
      const timer = setTimeout(() => fail(new Error('handshake timed out')), TIMEOUT_MS);
      const fail = (error) => {
        clearTimeout(timer);
        if (!handshaken) {
          handshaken = true;
          reject(error);
        }
        this.close(error.message);
      };
      socket.on('open', () => socket.send(JSON.stringify({ protocol: 'json', version: 1 }) + RS));
      socket.on('error', (error) => fail(error));
      socket.on('close', (code, reason) => fail(new Error('connection closed (' + code + (reason && reason.length ? ': ' + reason : '') + ')')));
      socket.on('message', (data) => {
        this.lastHeard = Date.now();
        this.buffer += data.toString();
        if (this.buffer.length > MAX_MESSAGE_CHARS) return fail(new Error('message too large'));
        let at;
        while ((at = this.buffer.indexOf(RS)) >= 0) {
          const record = this.buffer.slice(0, at);
          this.buffer = this.buffer.slice(at + 1);
          let message;
          try {
            message = JSON.parse(record);
          } catch (e) {
            return fail(new Error('the hub sent something that is not JSON'));
          }
          if (!handshaken) {
            if (message.error) return fail(new Error('handshake refused: ' + message.error));
            handshaken = true;
            clearTimeout(timer);
            this.keepAlive();
            resolve();
            continue;
          }
          this.dispatch(message);
        }
      });
    });
  }

  keepAlive() {
    this.timers.push(setInterval(() => {
      if (Date.now() - this.lastHeard > SERVER_TIMEOUT_MS) return this.close('the hub went silent for ' + SERVER_TIMEOUT_MS / 1000 + ' s');
      this.sendRecord({ type: 6 });
    }, PING_MS));
  }

  dispatch(message) {
    switch (message.type) {
      case 1: // invocation from the hub
        if (typeof message.target === 'string' && message.target.toLowerCase() === 'pushevent') {
          for (const argument of message.arguments || []) this.onPush(argument);
        }
        break;
      case 3: { // completion
        const waiter = this.pending.get(message.invocationId);
        if (!waiter) break;
        this.pending.delete(message.invocationId);
        clearTimeout(waiter.timer);
        if (message.error) waiter.reject(Object.assign(new Error(message.error), { fromHub: true }));
        else waiter.resolve(message.result);
        break;
      }
      case 7: // close
        this.close(message.error ? 'the hub closed the connection: ' + message.error : 'the hub closed the connection');
        break;
      default: // ping (6) and anything newer: ignore
        break;
    }
  }

  sendRecord(message) {
    if (!this.socket || this.socket.readyState !== 1) throw new Error('not connected');
    this.socket.send(JSON.stringify(message) + RS);
  }

  invoke(target, args) {
    return new Promise((resolve, reject) => {
      if (this.closed) return reject(new Error('not connected'));
      const invocationId = String(this.nextId++);
      const timer = setTimeout(() => {
        this.pending.delete(invocationId);
        reject(new Error(target + ' timed out'));
      }, TIMEOUT_MS);
      this.pending.set(invocationId, { resolve, reject, timer });
      try {
        this.sendRecord({ type: 1, invocationId, target, arguments: args });
      } catch (e) {
        clearTimeout(timer);
        this.pending.delete(invocationId);
        reject(e);
      }
    });
  }

  close(reason) {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    for (const waiter of this.pending.values()) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
    this.pending.clear();
    try {
      if (this.socket) this.socket.terminate();
    } catch (e) {
      // already gone
    }
    this.onClosed(reason);
  }
}

let current = null;

// Only this resource's own C# script may drive the bridge.
function fromThisResource() {
  return GetInvokingResource() === resourceName;
}

function reply(requestId, outcome, reason) {
  emit('sonoran-fivem:hub:result', requestId, outcome, clean(reason));
}

on('sonoran-fivem:hub:connect', async (requestId, hubUrl, communityId, serverId) => {
  if (!fromThisResource()) return;
  if (current) current.close('reconnecting');
  current = null;
  if (typeof hubUrl !== 'string' || !/^https?:\/\//.test(hubUrl)) return reply(requestId, 'down', 'the hub URL must start with http:// or https://');
  let authenticated = false;
  const connection = new HubConnection(
    (payload) => {
      try {
        emit('sonoran-fivem:hub:push', JSON.stringify(payload));
      } catch (e) {
        // an unserialisable payload is dropped
      }
    },
    (reason) => {
      if (current === connection) current = null;
      if (authenticated) emit('sonoran-fivem:hub:closed', clean(reason));
    });
  try {
    await connection.start(hubUrl);
  } catch (e) {
    connection.close(e.message);
    return reply(requestId, 'down', e.message);
  }
  try {
    await connection.invoke('authenticatev2', [String(communityId), apiKey(), Number(serverId)]);
  } catch (e) {
    connection.close('authentication failed');
    return reply(requestId, e.fromHub ? 'refused' : 'down', e.message);
  }
  authenticated = true;
  current = connection;
  reply(requestId, 'authenticated', '');
});

on('sonoran-fivem:hub:send', async (requestId, updatesJson) => {
  if (!fromThisResource()) return;
  const connection = current;
  if (!connection) return reply(requestId, 'failed', 'not connected');
  let updates;
  try {
    updates = JSON.parse(updatesJson);
  } catch (e) {
    return reply(requestId, 'rejected', 'the updates are not JSON');
  }
  try {
    await connection.invoke('unitLocation', [updates]);
    reply(requestId, 'accepted', '');
  } catch (e) {
    reply(requestId, e.fromHub ? 'rejected' : 'failed', e.message);
  }
});

on('sonoran-fivem:hub:stop', () => {
  if (!fromThisResource()) return;
  if (current) current.close('stopped');
  current = null;
});

on('onResourceStop', (name) => {
  if (name === resourceName && current) current.close('resource stopping');
});
