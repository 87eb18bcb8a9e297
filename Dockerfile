# Multi-stage build: compile with Maven on a JDK, run on a JRE as a non-root user.
# (DockerfileTest checks these stages against the build: jar name, Java release, copied paths.)
FROM maven:3.9.11-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app naba \
 && mkdir -p /data && chown naba /data
WORKDIR /app
COPY --from=build /src/target/naba.jar /app/naba.jar
COPY config config
COPY seeds seeds
# The store and index live in the volume; the bot token comes from TELEGRAM_BOT_TOKEN at run time.
ENV NABA_DATA=/data
# The admin endpoint (/healthz, /readyz, /metrics) listens on every interface of the container:
# publish it to the host's loopback only (-p 127.0.0.1:9464:9464). 8443 is the webhook's port.
ENV NABA_HTTP_ADMIN_LISTEN=0.0.0.0:9464
EXPOSE 8443 9464
# JVM flags for a 1 GB server (README, "Running it for real"); set NABA_JAVA_OPTS to change them.
ENV NABA_JAVA_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"
ENV MALLOC_ARENA_MAX=2
VOLUME /data
USER naba
HEALTHCHECK --interval=30s --timeout=5s --start-period=5m \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/9464 && printf "GET /healthz HTTP/1.0\r\n\r\n" >&3 && grep -q " 200 " <&3'
ENTRYPOINT ["sh", "-c", "exec java $NABA_JAVA_OPTS -Dnaba.home=/app -jar /app/naba.jar \"$@\"", "naba"]
CMD ["serve"]
