import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import {
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/**
 * Hosting of the web app: a private bucket behind CloudFront. The files themselves (and config.json,
 * which needs the API's URL) are uploaded by WebContentStack, so that the API can allow this
 * stack's origin in CORS without a dependency cycle.
 */
export class WebStack extends Stack {
  readonly siteBucket: Bucket;
  readonly distribution: Distribution;
  /** Role of the function that uploads the built app (WebContentStack). */
  readonly publisherRole: Role;
  /** https://<distribution domain>, for CORS and the invitation mail. */
  readonly webOrigin: string;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const privateBucket = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    };
    // CloudFront standard logs are delivered with ACLs, hence object ownership "bucket owner
    // preferred". Logs hold IP addresses (personal data): kept 90 days, then deleted.
    const logBucket = new Bucket(this, 'AccessLogs', {
      ...privateBucket,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });

    this.siteBucket = new Bucket(this, 'Site', {
      ...privateBucket,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 's3-site/',
    });

    // The bucket's own policy lets the upload function publish (`aws s3 sync`): object keys are the
    // build's file names, unknown in advance, so the grant is "objects of this one bucket" for one role.
    // Reading is included because sync may compare objects; they are public through CloudFront anyway.
    this.publisherRole = new Role(this, 'PublisherRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Tandem: uploads the built web app (BucketDeployment)',
    });
    this.siteBucket.addToResourcePolicy(
      new PolicyStatement({
        principals: [this.publisherRole],
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
        resources: [this.siteBucket.arnForObjects('*')],
      }),
    );
    this.siteBucket.addToResourcePolicy(
      new PolicyStatement({
        principals: [this.publisherRole],
        actions: ['s3:ListBucket'],
        resources: [this.siteBucket.bucketArn],
      }),
    );

    const region = Stack.of(this).region;
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Tandem web: security headers',
      securityHeadersBehavior: {
        // connect-src: the API (HTTP API in this region) and Cognito's sign-in endpoint.
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            `connect-src 'self' https://*.execute-api.${region}.amazonaws.com https://cognito-idp.${region}.amazonaws.com`,
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
          ].join('; '),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        xssProtection: { protection: false, override: true }, // the legacy filter does more harm than good
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });

    // A client-side router owns every path: unknown keys (403 from S3 through OAC, 404) get the app.
    const spaFallback = (httpStatus: number) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: '/index.html',
      ttl: Duration.seconds(10),
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Tandem web app',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      errorResponses: [spaFallback(403), spaFallback(404)],
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100, // users are in Europe
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
    });
    this.webOrigin = `https://${this.distribution.distributionDomainName}`;
    new CfnOutput(this, 'WebUrl', { value: this.webOrigin });

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'No geo restriction: newcomers sign in from wherever they are, including abroad.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF on the static site: it serves only public static files; the API has its own throttling. ' +
          'Add a web ACL when a custom domain and budget exist.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate cannot enforce a minimum TLS version; set ' +
          'minimumProtocolVersion TLSv1.2_2021 together with a custom domain and ACM certificate.',
      },
    );
  }
}
