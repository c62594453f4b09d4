// A tiny stand-in for the globals FXServer gives a server JS script: on, emit, GetConvar, GetCurrentResourceName,
// GetResourcePath. emit() goes to the script's own handlers and to waiters set up by the test.
'use strict';

const path = require('path');

const handlers = new Map();
const emitted = [];
const waiters = [];
const convars = new Map();
const invoking = { name: 'sonoran-fivem' };

global.GetCurrentResourceName = () => 'sonoran-fivem';
global.GetResourcePath = () => path.resolve(__dirname, '..', '..');
global.GetInvokingResource = () => invoking.name;
global.GetConvar = (name, fallback) => (convars.has(name) ? convars.get(name) : fallback);
global.on = (name, handler) => {
  if (!handlers.has(name)) handlers.set(name, []);
  handlers.get(name).push(handler);
};
global.emit = (name, ...args) => {
  emitted.push({ name, args });
  for (const handler of handlers.get(name) || []) handler(...args);
  for (const waiter of waiters.slice()) {
    if (waiter.name === name && waiter.match(args)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      clearTimeout(waiter.timer);
      waiter.resolve(args);
    }
  }
};

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

module.exports = { convars, emitted, next, emit: global.emit, invoking };
