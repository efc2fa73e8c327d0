// One event stream per browser for the bell of every open Verso tab. Browsers allow six HTTP/1.1 connections per
// site; a stream per tab on top of the editor's own would use them up with three editor tabs. This shared worker
// holds the only one and tells each tab (port) when the person's notices changed; the tab fetches its count itself.
const ports = new Set();
let source = null;

function tellAll() {
  for (const port of ports) {
    port.postMessage('notices');
  }
}

function connect() {
  source = new EventSource('/api/notifications/events');
  // (Re)connected: whatever happened while the stream was down, the tabs fetch their count again.
  source.addEventListener('open', tellAll);
  source.addEventListener('message', (event) => {
    try {
      if (JSON.parse(event.data).type === 'notices') {
        tellAll();
      }
    } catch (ignored) {
      // not an event of ours
    }
  });
}

self.addEventListener('connect', (event) => {
  const port = event.ports[0];
  ports.add(port);
  port.addEventListener('message', (message) => {
    if (message.data === 'bye') {
      ports.delete(port);
    } else if (message.data === 'hello') {
      ports.add(port);
    }
  });
  port.start();
  // A stream the server refused (signed out: 401) stays closed; the next page that opens tries again.
  if (source === null || source.readyState === EventSource.CLOSED) {
    connect();
  }
});
