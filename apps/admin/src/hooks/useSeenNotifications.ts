import { useCallback, useSyncExternalStore } from 'react';

// The BFF keeps no read state for notifications, so "new" means newer than the newest this browser has shown the
// user. Kept in localStorage per staff id; the bell and the 通知 page share it through this hook.

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function storageKey(staffId: number): string {
  return `weimin.notifications.seen.${staffId}`;
}

function read(staffId: number): number {
  try {
    return Number(localStorage.getItem(storageKey(staffId))) || 0;
  } catch {
    return 0; // storage blocked: everything counts as new
  }
}

/** The newest notification id shown to this staff member, and the way to move it forward. */
export function useSeenNotifications(staffId: number): [seen: number, markSeen: (id: number) => void] {
  const seen = useSyncExternalStore(subscribe, () => read(staffId));
  const markSeen = useCallback(
    (id: number) => {
      if (id <= read(staffId)) return;
      try {
        localStorage.setItem(storageKey(staffId), String(id));
      } catch {
        return; // storage blocked: the badge stays, nothing worse
      }
      listeners.forEach((listener) => listener());
    },
    [staffId],
  );
  return [seen, markSeen];
}
