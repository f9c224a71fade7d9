import {
  DELETED_ELSEWHERE_MESSAGE,
  OTHER_TAB_MESSAGE,
  READ_ONLY_MESSAGE,
  RECOVERED_MESSAGES,
  useStorageStatus,
} from '../store/storage-status';
import { downloadFile } from '../ui/download-file';
import { Notice } from '../ui/notice';

/*
 * The one storage notice, in the app shell, on every page: saving failed, saved data could not be
 * read (with its text to download), another tab changed or deleted what is open here. It reads only
 * the small status store, so the landing page does not load the workspace store for it.
 */

function downloadOriginal(text: string) {
  const day = new Date().toISOString().slice(0, 10);
  downloadFile(text, `hire-ready-saved-data-${day}.json`);
}

export function StorageNotice() {
  const status = useStorageStatus();
  const { recovered, readOnly, original, saveError, deletedElsewhere } = status;
  const otherTab = status.otherTabChanges > status.otherTabSeen;
  if (!recovered && !readOnly && !saveError && !otherTab && !deletedElsewhere) return null;

  const download =
    original === undefined ? null : (
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => downloadOriginal(original)}
      >
        Download the saved data
      </button>
    );

  return (
    <div className="app-notices" role="status">
      {saveError && !readOnly ? <Notice tone="bad">{<p>{saveError}</p>}</Notice> : null}
      {readOnly ? (
        <Notice tone="bad" actions={download}>
          <p>{READ_ONLY_MESSAGE}</p>
        </Notice>
      ) : recovered ? (
        <Notice tone="warn" actions={download} onDismiss={status.dismissRecovered}>
          <p>{RECOVERED_MESSAGES[recovered.outcome]}</p>
        </Notice>
      ) : null}
      {deletedElsewhere ? (
        <Notice
          actions={
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                void import('../store').then(({ useWorkspaceStore }) => {
                  const store = useWorkspaceStore.getState();
                  store.restoreAssessment(deletedElsewhere);
                  store.openAssessment(deletedElsewhere.id);
                  status.dismissDeletedElsewhere();
                });
              }}
            >
              Restore it
            </button>
          }
          onDismiss={status.dismissDeletedElsewhere}
        >
          <p>{DELETED_ELSEWHERE_MESSAGE}</p>
        </Notice>
      ) : null}
      {otherTab ? (
        <Notice onDismiss={status.dismissOtherTab}>
          <p>{OTHER_TAB_MESSAGE}</p>
        </Notice>
      ) : null}
    </div>
  );
}
