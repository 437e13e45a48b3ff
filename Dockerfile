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
COPY --from=build /src/target/egide.jar egide.jar
COPY courses courses
COPY quizzes quizzes
USER egide
EXPOSE 8080
# Stop at once on heap exhaustion: a half-written embedded store page is worse than a restart.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/egide.jar"]
