import { OTHER_TAB_MESSAGE, RECOVERED_MESSAGES, useStorageStatus } from '../../store';

/**
 * Tells the user when saving or loading went wrong, or another tab changed the answers. Notices
 * stay until dismissed (or, for a save error, until saving works again) so they are not missed.
 */
export function StorageNotices() {
  const recovered = useStorageStatus((s) => s.recovered);
  const saveError = useStorageStatus((s) => s.saveError);
  const otherTab = useStorageStatus((s) => s.otherTabChanges > s.otherTabSeen);
  const dismissRecovered = useStorageStatus((s) => s.dismissRecovered);
  const dismissOtherTab = useStorageStatus((s) => s.dismissOtherTab);

  if (!recovered && !saveError && !otherTab) return null;
  return (
    <div className="storage-notices">
      {saveError ? <p className="notice notice-bad">{saveError}</p> : null}
      {recovered ? (
        <div className="notice notice-warn notice-dismissible">
          <p>{RECOVERED_MESSAGES[recovered.outcome]}</p>
          <button type="button" className="button-link" onClick={dismissRecovered}>
            Dismiss <span className="visually-hidden">this message</span>
          </button>
        </div>
      ) : null}
      {otherTab ? (
        <div className="notice notice-dismissible">
          <p>{OTHER_TAB_MESSAGE}</p>
          <button type="button" className="button-link" onClick={dismissOtherTab}>
            Dismiss <span className="visually-hidden">this message</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
