import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { Construct } from 'constructs';
import { tableShape } from '../shapes/table';

/** The single table, built from the shape the local stack uses too. */
export class DataStack extends Stack {
  readonly table: TableV2;
  /** Encrypts the table; the API role needs it (through DynamoDB only) to read and write items. */
  readonly tableKey: Key;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // Customer-managed rather than AWS-managed: the table holds personal data of newcomers and
    // volunteers for public authorities, so the key policy is ours to control, every use is
    // attributable in CloudTrail, and disabling the key makes the data unreadable (about $1/month).
    this.tableKey = new Key(this, 'TableKey', {
      description: 'Tandem: encryption of the single DynamoDB table',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const string = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      partitionKey: string(tableShape.partitionKey),
      sortKey: string(tableShape.sortKey),
      globalSecondaryIndexes: tableShape.globalSecondaryIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
      })),
      timeToLiveAttribute: tableShape.timeToLiveAttribute,
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.customerManagedKey(this.tableKey),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
