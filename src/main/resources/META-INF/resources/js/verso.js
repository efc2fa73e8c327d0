// Behaviour every page shares, kept out of the markup so the Content-Security-Policy can forbid inline scripts.
document.addEventListener('click', (event) => {
  const dismiss = event.target.closest('[data-dismiss]');
  if (dismiss) {
    dismiss.parentElement.remove();
  }
});
