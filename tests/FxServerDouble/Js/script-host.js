// The FXServer double's JS runtime: runs a resource's server scripts on Node with FXServer's globals
// (tests/node/fxserver-shim.js) and bridges events with the double over stdio, one JSON object per line.
//   stdin  (double → scripts): {t:'start', resource, path, scripts:[file…]}   load the scripts (once, first)
//                               {t:'convars', values:{name: value}}           what GetConvar reads, as this resource may
//                               {t:'event', name, args, invoking, client, source}  an event for the scripts' handlers
//   stdout (scripts → double): {t:'on', name, net}  {t:'emit', name, args}  {t:'emitNet', name, target, args}
//                               {t:'error', text}  {t:'ready'}
// console output goes to stderr (the double shows it as the resource's console lines). Closing stdin ends the runtime.
'use strict';

const readline = require('readline');
const shim = require('./fxserver-shim.js');

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

const write = (...parts) => process.stderr.write(parts.map((p) => (typeof p === 'string' ? p : require('util').inspect(p))).join(' ') + '\n');
console.log = console.info = console.warn = console.error = console.debug = write;

shim.connect({
  emit: (name, args) => send({ t: 'emit', name, args }),
  emitNet: (name, target, args) => send({ t: 'emitNet', name, target: String(target), args }),
  registered: (name, net) => send({ t: 'on', name, net }),
  error: (text) => send({ t: 'error', text }),
});

process.on('uncaughtException', (e) => send({ t: 'error', text: 'Uncaught ' + (e && e.stack ? e.stack : String(e)) }));
process.on('unhandledRejection', (e) => send({ t: 'error', text: 'Unhandled rejection: ' + (e && e.stack ? e.stack : String(e)) }));

const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on('line', (line) => {
  const message = JSON.parse(line.replace(/^\uFEFF/, ''));
  switch (message.t) {
    case 'start':
      shim.resource.name = message.resource;
      shim.resource.path = message.path;
      for (const file of message.scripts) {
        try {
          require(file);
        } catch (e) {
          send({ t: 'error', text: 'Could not load ' + file + ': ' + (e && e.stack ? e.stack : String(e)) });
        }
      }
      send({ t: 'ready' });
      break;
    case 'convars':
      shim.convars.clear();
      for (const name of Object.keys(message.values)) shim.convars.set(name, message.values[name]);
      break;
    case 'event':
      shim.deliver(message.name, message.args, message.invoking, message.client, message.source);
      break;
    default:
      send({ t: 'error', text: 'the script host does not know ' + message.t });
  }
});
input.on('close', () => process.exit(0));
