// A star, drawn (no emoji font needed), filled or outlined.
export function Star({ filled }: { filled: boolean }) {
  return (
    <svg
      className={`star${filled ? ' star--filled' : ''}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
    </svg>
  );
}

/** A rating shown read-only, e.g. on the status screen. */
export function StarRow({ stars, label }: { stars: number; label: string }) {
  return (
    <span className="star-row" role="img" aria-label={label} data-stars={stars}>
      {[1, 2, 3, 4, 5].map((value) => (
        <Star key={value} filled={value <= stars} />
      ))}
    </span>
  );
}
