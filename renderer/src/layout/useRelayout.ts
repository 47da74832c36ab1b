// A number that changes whenever what fits on the screen may have changed: the window's size, the
// resident's text size or language (attributes of <html>), or web fonts finishing loading (only
// while some are loading: a pager mounted after that measures once).
import { useEffect, useState } from 'react';

export function useRelayout(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((value) => value + 1);
    window.addEventListener('resize', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-text-size', 'lang'],
    });
    let live = true;
    // Only fonts still loading can change what fits; once loaded (every screen after the
    // first), bumping would measure every pager twice for nothing.
    if (document.fonts.status !== 'loaded') {
      void document.fonts.ready.then(() => {
        if (live) bump();
      });
    }
    const fontsLoaded = () => bump();
    document.fonts.addEventListener('loadingdone', fontsLoaded);
    return () => {
      live = false;
      window.removeEventListener('resize', bump);
      document.fonts.removeEventListener('loadingdone', fontsLoaded);
      observer.disconnect();
    };
  }, []);
  return version;
}
