#include "DialectExamples.h"

#include "dialects/Dialect.h"
#include "dialects/DialectRegistry.h"
#include "engine/AtInterpreter.h"
#include "log/TranscriptReplay.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace DialectExamples {

QString dataDir(const QString &dialectId)
{
    return QStringLiteral(ATSTUDIO_TEST_DATA "/") + dialectId;
}

QStringList transcripts(const QString &dialectId)
{
    QStringList names;
    const QDir dir(dataDir(dialectId));
    for (const QString &f :
         dir.entryList({QStringLiteral("*.transcript")}, QDir::Files, QDir::Name))
        names << f.chopped(int(strlen(".transcript")));
    return names;
}

QList<TranscriptEntry> load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<TranscriptProblem> problems;
    const auto entries = Transcript::parse(f.readAll(), &problems);
    for (const TranscriptProblem &p : problems)
        qWarning("%s:%d: %s", qPrintable(path), p.lineNumber, qPrintable(p.message));
    return entries;
}

static QByteArrayList toJson(const QList<AtFrame> &frames)
{
    QByteArrayList out;
    for (const AtFrame &f : frames)
        out << f.toJson();
    return out;
}

static std::unique_ptr<Dialect> make(const QString &id)
{
    auto d = DialectRegistry::create(id);
    if (!d)
        qFatal("unknown dialect %s", qPrintable(id));
    return d;
}

QByteArrayList replayJson(const QString &dialectId, const QList<TranscriptEntry> &entries)
{
    auto dialect = make(dialectId);
    return toJson(TranscriptReplay::run(*dialect, entries));
}

qsizetype moduleByteCount(const QList<TranscriptEntry> &entries)
{
    qsizetype n = 0;
    for (const TranscriptEntry &e : entries) {
        if (e.direction == TranscriptEntry::Direction::FromModule)
            n += e.bytes.size();
    }
    return n;
}

// Module chunks between two host chunks form one stream segment; the reads inside a segment are
// re-cut at will, which is what a serial port does.
static QByteArrayList
replayWithCuts(const QString &dialectId, const QList<TranscriptEntry> &entries,
               const std::function<QList<QByteArray>(const QByteArray &, qsizetype)> &cutter)
{
    auto dialect = make(dialectId);
    QList<AtFrame> frames;
    AtInterpreter interpreter(*dialect, [&frames](const AtFrame &f) { frames << f; });
    QByteArray segment;
    qsizetype segmentStart = 0;
    const auto flushSegment = [&] {
        for (const QByteArray &piece : cutter(segment, segmentStart))
            interpreter.moduleBytes(piece);
        segmentStart += segment.size();
        segment.clear();
    };
    for (const TranscriptEntry &e : entries) {
        if (e.direction == TranscriptEntry::Direction::ToModule) {
            flushSegment();
            interpreter.hostBytes(e.bytes);
        } else {
            segment += e.bytes;
        }
    }
    flushSegment();
    interpreter.endOfInput();
    return toJson(frames);
}

QByteArrayList replayJsonSplitAt(const QString &dialectId, const QList<TranscriptEntry> &entries,
                                 qsizetype offset)
{
    return replayWithCuts(dialectId, entries, [offset](const QByteArray &seg, qsizetype start) {
        const qsizetype local = offset - start;
        if (local <= 0 || local >= seg.size())
            return QList<QByteArray>{seg};
        return QList<QByteArray>{seg.left(local), seg.mid(local)};
    });
}

QByteArrayList replayJsonBytewise(const QString &dialectId, const QList<TranscriptEntry> &entries)
{
    return replayWithCuts(dialectId, entries, [](const QByteArray &seg, qsizetype) {
        QList<QByteArray> pieces;
        for (const char c : seg)
            pieces << QByteArray(1, c);
        return pieces;
    });
}

QByteArrayList expectedJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QByteArrayList lines;
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    }
    return lines;
}

QList<AtFrame> framesOf(const QString &dialectId, const QByteArray &transcriptText)
{
    auto dialect = make(dialectId);
    return TranscriptReplay::run(*dialect, Transcript::parse(transcriptText));
}

} // namespace DialectExamples
