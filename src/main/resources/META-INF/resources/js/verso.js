// Behaviour every page shares, kept out of the markup so the Content-Security-Policy can forbid inline scripts.
document.addEventListener('click', (event) => {
  const dismiss = event.target.closest('[data-dismiss]');
  if (dismiss) {
    dismiss.parentElement.remove();
  }
  // A javascript: link would be blocked by the policy: "Go back" is a plain link to the start page that goes back here.
  const back = event.target.closest('[data-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// A form marked data-once is sent once: the login waits its turn at the server's password check (one at a time per
// instance, so seconds under a burst of logins), and a second click would abandon the first attempt and queue again at
// the back. While it waits, its button says so (data-busy-label). Back from the browser's page cache, it can be sent again.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || !form.matches('form[data-once]')) {
    return;
  }
  if (form.getAttribute('aria-busy') === 'true') {
    event.preventDefault();
    return;
  }
  form.setAttribute('aria-busy', 'true');
  const button = form.querySelector('[data-busy-label]');
  if (button) {
    button.dataset.label = button.textContent;
    button.textContent = button.dataset.busyLabel;
  }
});
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) {
    return;
  }
  document.querySelectorAll('form[data-once][aria-busy="true"]').forEach((form) => {
    form.removeAttribute('aria-busy');
    const button = form.querySelector('[data-busy-label]');
    if (button && button.dataset.label) {
      button.textContent = button.dataset.label;
    }
  });
});

// The bell in the top bar fetches its count when the page opens and whenever this page hears "verso-notifications".
// The shared worker says so the moment the person's notices change (one stream for all tabs); without shared
// workers the bell asks every 30 seconds instead.
(() => {
  const bell = document.querySelector('.bell[hx-get]');
  if (!bell) {
    return;
  }
  const ring = () => document.body.dispatchEvent(new CustomEvent('verso-notifications'));
  let polling = null;
  const poll = () => {
    if (polling === null) {
      polling = window.setInterval(ring, 30000);
    }
  };
  if (typeof SharedWorker === 'undefined') {
    poll();
    return;
  }
  try {
    const worker = new SharedWorker('/js/notices-worker.js', { name: 'verso-notices' });
    worker.addEventListener('error', poll);
    worker.port.addEventListener('message', (message) => {
      if (message.data === 'notices') {
        ring();
      }
    });
    worker.port.start();
    window.addEventListener('pagehide', () => worker.port.postMessage('bye'));
    // Back from the browser's page cache: listen again, and catch up on what changed meanwhile.
    window.addEventListener('pageshow', (event) => {
      if (event.persisted) {
        worker.port.postMessage('hello');
        ring();
      }
    });
    bell.dataset.live = 'shared-worker';
  } catch (refused) {
    poll();
  }
})();
