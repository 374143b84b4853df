/**
 * JVM flags Neo4j 5 needs on Java 17+: without the --add-opens, start-up fails with a LinkageError about
 * DirectByteBuffer. The heap is capped so the page cache and the Node process have room on small machines.
 */
export function jvmArguments(heap: string): string[] {
  return [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}
