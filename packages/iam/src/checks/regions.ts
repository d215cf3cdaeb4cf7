/**
 * AWS Region codes per partition: the table the ARN and condition Region checks read (AA's
 * "Invalid ARN Region" and "Invalid Region"). Static on purpose — a Region AWS opens later is
 * reported until this table is updated, as Access Analyzer's own list would be.
 *
 * Sources, read 2026-12-07:
 * - https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html and
 *   https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-region-billing-codes.html
 *   (the `aws`, `aws-cn` and `aws-us-gov` Regions);
 * - the AWS SDKs' endpoint partitions (`partitions.json` of @aws-sdk/util-endpoints 3.910) for the
 *   isolated partitions (`aws-iso*`) and the European Sovereign Cloud (`aws-eusc`), which the
 *   public Region pages do not list. The SDKs' `*-global` pseudo-Regions are not ARN Regions.
 */
/** When the sources below were read (the table's version in `arbiter --version`). */
export const REGION_TABLE_DATE = '2026-12-07';

export const REGIONS_BY_PARTITION: Readonly<Record<string, readonly string[]>> = {
  aws: [
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1', 'mx-central-1',
    'af-south-1',
    'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
    'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
    'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
    'il-central-1', 'me-central-1', 'me-south-1', 'sa-east-1',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-east-1', 'us-gov-west-1'],
  'aws-iso': ['us-iso-east-1', 'us-iso-west-1'],
  'aws-iso-b': ['us-isob-east-1'],
  'aws-iso-e': ['eu-isoe-west-1'],
  'aws-iso-f': ['us-isof-east-1', 'us-isof-south-1'],
  'aws-eusc': ['eusc-de-east-1'],
};

/** The partition each Region belongs to. */
const PARTITION_OF: ReadonlyMap<string, string> = new Map(Object.entries(REGIONS_BY_PARTITION).flatMap(([partition, regions]) => regions.map((r) => [r, partition] as const)));

export const isPartition = (text: string): boolean => Object.prototype.hasOwnProperty.call(REGIONS_BY_PARTITION, text);

/** The partition of a Region code of the table; `undefined` for any other text. */
export const partitionOfRegion = (region: string): string | undefined => PARTITION_OF.get(region);

/** A Region code of some partition. */
export const isRegionCode = (text: string): boolean => PARTITION_OF.has(text);
