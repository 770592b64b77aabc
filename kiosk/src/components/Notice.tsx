export function Alert({ text, onRetry, retryLabel }: { text: string | null; onRetry?: () => void; retryLabel?: string }) {
  if (!text) return null;
  return (
    <div className="notice" role="alert">
      <p>{text}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
