#pragma once

#include "engine/AtFrame.h"
#include "log/Transcript.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>

// Shared checks for the per-dialect tests: every transcript in tests/data/<dialect>/ (the manual's
// example exchanges) replays to the frames in the .jsonl file beside it, and the same bytes cut at
// every offset frame identically.
namespace DialectExamples {

QString dataDir(const QString &dialectId);
// Base names (without extension) of the transcripts of a dialect.
QStringList transcripts(const QString &dialectId);
QList<TranscriptEntry> load(const QString &path);
// Replay as `atstudio-cli replay` does, one JSON line per frame.
QByteArrayList replayJson(const QString &dialectId, const QList<TranscriptEntry> &entries);
// The same, with the module's bytes cut into two reads at `offset` of the module stream.
QByteArrayList replayJsonSplitAt(const QString &dialectId, const QList<TranscriptEntry> &entries,
                                 qsizetype offset);
// The same, one byte per read.
QByteArrayList replayJsonBytewise(const QString &dialectId, const QList<TranscriptEntry> &entries);
qsizetype moduleByteCount(const QList<TranscriptEntry> &entries);
QByteArrayList expectedJson(const QString &path);

// Frames of a transcript given as text ("<< ..." / ">> ..." lines), for focused tests.
QList<AtFrame> framesOf(const QString &dialectId, const QByteArray &transcriptText);

} // namespace DialectExamples

// Data-driven slots every dialect test declares:
//   void manualExamples_data(); void manualExamples(); void splitAtEveryOffset_data();
//   void splitAtEveryOffset();
#define ATSTUDIO_DIALECT_EXAMPLE_TESTS(DIALECT_ID)                                                 \
    void manualExamples_data()                                                                     \
    {                                                                                              \
        QTest::addColumn<QString>("name");                                                         \
        const QStringList names = DialectExamples::transcripts(DIALECT_ID);                        \
        QVERIFY2(!names.isEmpty(), "no transcripts in tests/data/" DIALECT_ID);                    \
        for (const QString &n : names)                                                             \
            QTest::newRow(qPrintable(n)) << n;                                                     \
    }                                                                                              \
    void manualExamples()                                                                          \
    {                                                                                              \
        QFETCH(QString, name);                                                                     \
        const QString base = DialectExamples::dataDir(DIALECT_ID) + QLatin1Char('/') + name;       \
        const auto entries = DialectExamples::load(base + QStringLiteral(".transcript"));          \
        const QByteArrayList got = DialectExamples::replayJson(DIALECT_ID, entries);               \
        const QByteArrayList want =                                                                \
            DialectExamples::expectedJson(base + QStringLiteral(".jsonl"));                        \
        for (qsizetype i = 0; i < qMin(got.size(), want.size()); ++i)                              \
            QCOMPARE(got.at(i), want.at(i));                                                       \
        QCOMPARE(got.size(), want.size());                                                         \
    }                                                                                              \
    void splitAtEveryOffset_data()                                                                 \
    {                                                                                              \
        manualExamples_data();                                                                     \
    }                                                                                              \
    void splitAtEveryOffset()                                                                      \
    {                                                                                              \
        QFETCH(QString, name);                                                                     \
        const QString base = DialectExamples::dataDir(DIALECT_ID) + QLatin1Char('/') + name;       \
        const auto entries = DialectExamples::load(base + QStringLiteral(".transcript"));          \
        const QByteArrayList whole = DialectExamples::replayJson(DIALECT_ID, entries);             \
        const qsizetype n = DialectExamples::moduleByteCount(entries);                             \
        for (qsizetype k = 0; k <= n; ++k) {                                                       \
            const QByteArrayList cut = DialectExamples::replayJsonSplitAt(DIALECT_ID, entries, k); \
            if (cut != whole) {                                                                    \
                QCOMPARE(cut.join('\n'), whole.join('\n'));                                        \
            }                                                                                      \
        }                                                                                          \
        QCOMPARE(DialectExamples::replayJsonBytewise(DIALECT_ID, entries).join('\n'),              \
                 whole.join('\n'));                                                                \
    }
