// `npm run codegen`: writes the client's operation and enum types from the server's SDL.
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from './codegen-config.ts';

await generate(codegenConfig, true);
