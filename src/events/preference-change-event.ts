export interface BaiPreferenceChangeDetail {
  namespace: string;
  key: string;
  value: unknown;
  oldValue: unknown;
  /** `remote` when the change was made in another tab of the same origin. */
  origin: 'local' | 'remote';
}

export class BaiPreferenceChangeEvent extends Event {
  static readonly eventName = 'bai-preference-change';
  readonly detail: BaiPreferenceChangeDetail;

  constructor(detail: BaiPreferenceChangeDetail) {
    super(BaiPreferenceChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bai-preference-change': BaiPreferenceChangeEvent;
  }
}
