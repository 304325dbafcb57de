// Progressive enhancement of the CSV import's progress page (docs/adr/0035): without this file the
// page has a Refresh button; with it, the progress region is fetched again every 1.5 s until the
// import is over. The region is a live status, so screen readers hear the counts change.
document.addEventListener('DOMContentLoaded', () => {
  const region = document.getElementById('import-progress');
  if (!region) return;
  const form = region.querySelector('form');
  if (form) form.hidden = true;
  const tick = async () => {
    try {
      const response = await fetch(location.href, { credentials: 'same-origin', cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.getElementById('import-progress');
      if (!fresh) throw new Error('no progress');
      region.replaceChildren(...fresh.childNodes);
      region.dataset.state = fresh.dataset.state;
      const again = region.querySelector('form');
      if (again) again.hidden = true;
      if (fresh.dataset.state === 'running') setTimeout(tick, 1500);
      else document.title = page.title;
    } catch {
      // Show the button again: the page still works by hand.
      const again = region.querySelector('form');
      if (again) again.hidden = false;
    }
  };
  setTimeout(tick, 1500);
});
