#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

// Small text helpers every dialect needs; none of them knows a dialect's strings.
namespace AtText {

// Split "a,\"b,c\",d" into a / "b,c" / d: commas inside double quotes (with backslash escapes)
// do not split; spaces around fields are trimmed; quotes are kept (see unquote()).
QList<QByteArray> splitParams(QByteArrayView text);
// Remove surrounding double quotes; a backslash makes the next character literal (\" \\ \,), as
// ESP-style firmware escapes (no C escapes such as \n). Other text is returned trimmed.
QByteArray unquote(QByteArrayView field);
// Decimal integer (optional sign, spaces around); nullopt when it is not one.
std::optional<qint64> toInt(QByteArrayView field);
// Case-insensitive prefix test.
bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix);
bool equalsNoCase(QByteArrayView a, QByteArrayView b);
// The text after "prefix" when text starts with it (case-insensitive), trimmed; nullopt otherwise.
std::optional<QByteArray> after(QByteArrayView text, QByteArrayView prefix);
// True for a dotted IPv4 address.
bool isIpv4(QByteArrayView text);
// Bytes up to and including the last one that cannot be text (a control byte other than tab,
// invalid UTF-8): what is left after them is clean text. 0 for a clean line.
int garbagePrefixLength(QByteArrayView line);
bool containsGarbage(QByteArrayView line);

// For probes: is `have` a prefix of `full` (case-insensitive), or does it start with it?
enum class PrefixMatch { No, Partial, Full };
PrefixMatch matchPrefix(QByteArrayView have, QByteArrayView full);

} // namespace AtText
