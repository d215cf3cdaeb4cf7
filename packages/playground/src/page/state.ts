/** What the page holds: the open pane and every pane's input texts (all that a share link carries). */
export type PaneId = 'sns' | 'events' | 'dp' | 'iam' | 'analysis';
export const PANE_IDS: readonly PaneId[] = ['sns', 'events', 'dp', 'iam', 'analysis'];

export type FilterScope = 'MessageAttributes' | 'MessageBody';

export interface PlaygroundState {
  pane: PaneId;
  sns: { scope: FilterScope; policy: string; message: string };
  /** `target`: `EventBridge`, or the Lambda event source (`sqs`, `kinesis`, …) whose record is tested. */
  events: { target: string; pattern: string; event: string };
  dp: { policy: string; message: string; principals: string };
  iam: { policies: string; request: string };
  /** `language`: `SNS MessageAttributes`, `SNS MessageBody` or `EventBridge`; OLD and NEW policies or patterns. */
  analysis: { language: string; old: string; new: string };
}
