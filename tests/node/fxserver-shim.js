// A stand-in for the globals FXServer gives a server JS script: on, onNet, emit/TriggerEvent, emitNet/TriggerClientEvent,
// GetConvar, GetCurrentResourceName, GetInvokingResource, GetResourcePath. Used two ways:
// - by tests/node/*.test.js on its own: emit() goes straight to the script's own handlers and to waiters set up by the test;
// - by the FXServer double (tests/FxServerDouble/Js/script-host.js), which calls connect(): emit() then goes to the
//   double's event dispatcher, which delivers every event (the script's own included) back through deliver().
'use strict';

const path = require('path');

const handlers = new Map();
const emitted = [];
const waiters = [];
const convars = new Map();
const resource = { name: 'sonoran-fivem', path: path.resolve(__dirname, '..', '..') };
const invoking = { name: 'sonoran-fivem' };
let outbound = null;

function register(name, handler, net) {
  if (typeof handler !== 'function') throw new TypeError('the handler of ' + name + ' is not a function');
  if (!handlers.has(name)) handlers.set(name, []);
  handlers.get(name).push({ handler, net });
  if (outbound) outbound.registered(name, net);
}

/**
 * Runs the script's handlers of `name` as FXServer does: `on` handlers for local events, `onNet` ones for clients'.
 * `source` is the dispatcher's ("net:3" for a client's event); the global `source` is then the player's id (3), else ''.
 */
function deliver(name, args, invokingResource, fromClient, source) {
  const outer = invoking.name;
  invoking.name = invokingResource;
  const player = /^(?:internal-)?net:(\d+)$/.exec(source || '');
  global.source = player ? Number(player[1]) : '';
  try {
    for (const { handler, net } of (handlers.get(name) || []).slice()) {
      if (fromClient && !net) continue;
      try {
        const result = handler(...args);
        if (result && typeof result.catch === 'function') result.catch((e) => reportError(name, e));
      } catch (e) {
        reportError(name, e);
      }
    }
  } finally {
    invoking.name = outer;
  }
}

function reportError(name, error) {
  const text = 'Error in the handler of ' + name + ': ' + (error && error.stack ? error.stack : String(error));
  if (outbound) outbound.error(text);
  else throw error;
}

global.GetCurrentResourceName = () => resource.name;
global.GetResourcePath = (name) => (name === resource.name ? resource.path : undefined);
global.GetInvokingResource = () => invoking.name;
global.GetConvar = (name, fallback) => (convars.has(name) ? convars.get(name) : fallback);
global.on = (name, handler) => register(name, handler, false);
global.onNet = (name, handler) => register(name, handler, true);
global.emit = (name, ...args) => {
  emitted.push({ name, args });
  if (outbound) outbound.emit(name, args);
  else deliver(name, args, invoking.name, false);
  for (const waiter of waiters.slice()) {
    if (waiter.name === name && waiter.match(args)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      clearTimeout(waiter.timer);
      waiter.resolve(args);
    }
  }
};
global.TriggerEvent = global.emit;
global.emitNet = (name, target, ...args) => {
  if (!outbound) throw new Error('emitNet needs the FXServer double (no clients here)');
  outbound.emitNet(name, target, args);
};
global.TriggerClientEvent = global.emitNet;

/** Resolves with the arguments of the next emit of `name` whose arguments satisfy `match`. */
function next(name, match = () => true, timeoutMs = 10000) {
  return new Promise((resolve, reject) => {
    const waiter = { name, match, resolve };
    waiter.timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      reject(new Error('no ' + name + ' within ' + timeoutMs + ' ms'));
    }, timeoutMs);
    waiters.push(waiter);
  });
}

/**
 * Hands emits to a host instead of running handlers here: `sink` has emit(name, args), emitNet(name, target, args),
 * registered(name, net) and error(text). Handlers registered before this call are announced to it.
 */
function connect(sink) {
  outbound = sink;
  for (const [name, list] of handlers) {
    for (const { net } of list) sink.registered(name, net);
  }
}

module.exports = { convars, emitted, next, emit: global.emit, invoking, resource, deliver, connect };
