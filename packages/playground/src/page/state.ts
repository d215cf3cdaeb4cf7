/** What the page holds: the open pane and every pane's input texts (all that a share link carries). */
export type PaneId = 'sns' | 'dp' | 'iam';
export const PANE_IDS: readonly PaneId[] = ['sns', 'dp', 'iam'];

export type FilterScope = 'MessageAttributes' | 'MessageBody';

export interface PlaygroundState {
  pane: PaneId;
  sns: { scope: FilterScope; policy: string; message: string };
  dp: { policy: string; message: string; principals: string };
  iam: { policies: string; request: string };
}
