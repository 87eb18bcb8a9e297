# Multi-stage build: compile with Maven on a JDK, run on a JRE as a non-root user.
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
VOLUME /data
USER naba
ENTRYPOINT ["java", "-Dnaba.home=/app", "-jar", "/app/naba.jar"]
CMD ["serve"]
