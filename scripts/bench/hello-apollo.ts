/** A bare Apollo 5 server answering `{ hello }`: the baseline the signed-in benchmark compares with. */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main() {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.argv[2] ?? 4001) } });
  console.log(`ready at ${url}`);
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

void main();
