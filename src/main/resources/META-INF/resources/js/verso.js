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
