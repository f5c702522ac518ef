#pragma once

#include "Wizfi360Module.h"

#include <QHostAddress>
#include <optional>

// Parameter helpers shared by the WizFi360 module's files.
namespace Wizfi360Util {

using Cmd = Wizfi360Module::Cmd;

// ESP-AT parameter syntax: comma-separated; strings in double quotes with '\' escaping the next
// byte (so `\"`, `\\`, `\,`); numbers bare. Spaces around a parameter are tolerated. False on
// an unterminated string or junk after a closing quote.
bool parseParams(const QByteArray &text, QList<Wizfi360Module::Param> *out);

bool has(const Cmd &cmd, int i);
// A bare decimal number in [min, max].
bool num(const Cmd &cmd, int i, qint64 min, qint64 max, qint64 *value);
inline bool num(const Cmd &cmd, int i, qint64 min, qint64 max, int *value)
{
    qint64 v = 0;
    if (!num(cmd, i, min, max, &v))
        return false;
    *value = int(v);
    return true;
}
// A quoted string of at most maxLength bytes (-1: any).
bool str(const Cmd &cmd, int i, QByteArray *value, int maxLength = -1);
// A quoted dotted-quad IPv4 address.
bool ip(const Cmd &cmd, int i, QHostAddress *value);
std::optional<QHostAddress> parseIpv4(const QByteArray &text);
// "aa:bb:cc:dd:ee:ff" (any case) -> lower case; nullopt when malformed.
std::optional<QByteArray> parseMac(const QByteArray &text);

QByteArray quoted(const QByteArray &text);
QByteArray ipText(const QHostAddress &address);
QByteArray number(qint64 n);

} // namespace Wizfi360Util
