// Three jest projects: unit (pure, no servers), integration (real PostgreSQL, Redis,
// RabbitMQ started by infra/local/up.sh) and e2e (HTTP through the apps with supertest).
const swc = ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, keepClassNames: true, target: 'es2022' } }];
const moduleNameMapper = {
  '^@pao/(platform|contracts|messaging|deadlines|kalender|testing|swv|zaak)$': '<rootDir>/libs/$1/src',
  '^@pao/(platform|contracts|messaging|deadlines|kalender|testing|swv|zaak)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const common = {
  rootDir: __dirname,
  // jose, openid-client and the OpenAPI validator's ref parser ship ES modules only: compile them to CommonJS for jest.
  transform: { '^.+\\.ts$': swc, '^.+/node_modules/(jose|openid-client|oauth4webapi|@apidevtools/json-schema-ref-parser)/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(jose|openid-client|oauth4webapi|@apidevtools/json-schema-ref-parser)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  // apps/web/dist is the built UI; apps/web/test holds its unit (*.spec.ts) and browser (*.e2e-spec.ts) tests.
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  testEnvironment: 'node',
};
module.exports = {
  // Real servers on a shared 2-core machine: set-up hooks may take longer than jest's 5 s.
  testTimeout: 180_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      slowTestThreshold: 30,
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/e2e-global-setup.ts',
    },
  ],
};
