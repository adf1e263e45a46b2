# GeneBot: multi-stage build on the official .NET 10 images.
#   docker build -t genebot .                      build, publish, index the bundled corpus
#   docker build --target test -t genebot-test .   also run the tests
#   docker run -e Discord__Token=... -v genebot-data:/app/data genebot
#   docker run -e Teams__AppId=... -e Teams__AppPassword=... -p 3978:3978 -v genebot-data:/app/data genebot
# Configuration comes only from environment variables (Section__Key), never from files baked into the image.
# .ci/dockerfile-check runs this file's build steps outside a container (no Docker engine on CI), so keep every
# step a plain WORKDIR / COPY / ENV / RUN that it can follow.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore layer: only what restore reads, so it stays cached until a project or version changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/GeneBot/GeneBot.csproj src/GeneBot/
COPY src/GeneBot.Knowledge/GeneBot.Knowledge.csproj src/GeneBot.Knowledge/
COPY src/GeneBot.Discord/GeneBot.Discord.csproj src/GeneBot.Discord/
COPY src/GeneBot.Semantic/GeneBot.Semantic.csproj src/GeneBot.Semantic/
RUN dotnet restore src/GeneBot/GeneBot.csproj
COPY appsettings.json ./
COPY src/ src/
RUN dotnet publish src/GeneBot/GeneBot.csproj -c Release --no-restore -o /app
# ONNX Runtime (semantic re-ranking, Knowledge__Semantic) brings native libraries for every platform (about 260 MB);
# the image runs on Linux only, so the others go. linux-x64 and linux-arm64 stay, whichever the image is built for.
RUN rm -rf /app/runtimes/android /app/runtimes/ios* /app/runtimes/maccatalyst* /app/runtimes/osx* /app/runtimes/win* /app/runtimes/browser*
COPY corpus/ /app/corpus/
# Index the bundled corpus at build time so the image starts ready; --strict fails the build on any corpus error.
RUN dotnet /app/genebot.dll index --strict --corpus /app/corpus --index /app/data/index

# The tests read the whole checkout (the solution with its bench project, eval/, docs/APPROVALS.md...): copy all that
# .dockerignore lets in. The PostgreSQL and ../shared benchmark tests skip here, saying why.
FROM build AS test
COPY . .
RUN dotnet test GeneBot.sln -c Release

# The ASP.NET Core runtime: the Teams endpoint (POST /api/messages) runs on Kestrel.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV Knowledge__CorpusPath=/app/corpus \
    Knowledge__IndexPath=/app/data/index \
    Storage__Path=/app/data/genebot.db \
    Health__Path=/app/data/health.json \
    DOTNET_gcServer=0
COPY --from=build --chown=$APP_UID /app /app
# The official images ship a non-root user (APP_UID); data/ (index rebuilds, SQLite, health state) is a volume.
USER $APP_UID
VOLUME /app/data
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["dotnet", "/app/genebot.dll", "health"]
ENTRYPOINT ["dotnet", "/app/genebot.dll"]
