# Build
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY static static
COPY courses courses
COPY quizzes quizzes
RUN ./mvnw -B -q -DskipTests package

# Run
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 egide && mkdir -p /app/data && chown egide /app/data
COPY --from=build /src/target/egide.jar /tmp/egide.jar
COPY courses courses
COPY quizzes quizzes
# Unpacked jar plus a class-data-sharing archive from a training start: about 40 % faster start-up
# (measured 7.3 s → 4.6 s to the first health 200 on 2 cores); the jar's ahead-of-time plan
# (spring.aot.enabled) takes another fifth off (README, "Performance").
RUN java -Djarmode=tools -jar /tmp/egide.jar extract --destination /app/egide && rm /tmp/egide.jar \
 && java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=/app/egide/app.jsa -Dspring.context.exit=onRefresh -jar /app/egide/egide.jar \
      --egide.data-dir=/tmp/training && rm -rf /tmp/training
USER egide
EXPOSE 8080
# Stop at once on heap exhaustion: a half-written embedded store page is worse than a restart.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=/app/egide/app.jsa", "-jar", "/app/egide/egide.jar"]
