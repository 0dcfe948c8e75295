package org.mhaw.launcher;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The settings of a single-node Kafka broker in KRaft mode (broker and controller in one
 * process), as the embedded default and the benchmarks both run it: replication factor 1
 * everywhere, three partitions, and topics created by the services, never on first use.
 */
public final class SingleNodeKafka {

	private SingleNodeKafka() {
	}

	/**
	 * The broker's {@code server.properties}.
	 * @param logDir where the log lives
	 * @param port the client port
	 * @param controllerPort the KRaft controller port
	 * @return the settings
	 */
	public static Properties settings(Path logDir, int port, int controllerPort) {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
		properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("log.dirs", logDir.toString());
		properties.setProperty("num.partitions", "3");
		properties.setProperty("auto.create.topics.enable", "false");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

}
