// Starts DynamoDB Local bound to 127.0.0.1 only. The emulator's own main() listens on every
// interface and has no host option, so this launcher builds the server the same way, moves each
// Jetty connector to the loopback address, then starts it. Arguments are DynamoDB Local's own.
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

public final class LoopbackDynamoDbLocal {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    // The Jetty server is a private field with no accessor.
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    Connector[] connectors = jetty.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no Jetty connector");
    for (Connector connector : connectors) {
      if (!(connector instanceof ServerConnector)) {
        throw new IllegalStateException("Unexpected Jetty connector " + connector.getClass().getName());
      }
      ((ServerConnector) connector).setHost("127.0.0.1");
    }
    proxy.start();
    // start() reports a busy port on stderr and returns; exit so the parent sees the failure.
    if (!jetty.isStarted()) System.exit(1);
    exitWhenStdinCloses();
  }

  // The parent keeps our stdin open as a pipe; end of input means it died (even by SIGKILL),
  // so we leave no orphan behind.
  private static void exitWhenStdinCloses() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // ignore input
        }
      } catch (java.io.IOException ignored) {
        // a broken pipe means the same as end of input
      }
      System.exit(0);
    }, "exit-with-parent");
    watcher.setDaemon(true);
    watcher.start();
  }
}
