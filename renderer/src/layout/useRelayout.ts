// A number that changes whenever what fits on the screen may have changed: the window's size, the
// resident's text size or language (attributes of <html>), or web fonts finishing loading.
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
    void document.fonts.ready.then(() => {
      if (live) bump();
    });
    return () => {
      live = false;
      window.removeEventListener('resize', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}
