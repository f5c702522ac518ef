// Function commands of the WizFi250 module: ping and DNS answered from the world, GPIO and ADC
// from the world, socket options; the web server and OTA, which the simulation does not have.
#include "Wizfi250Module.h"

#include "Wizfi250Params.h"

#include <algorithm>
#include <functional>
#include <memory>

using namespace Wizfi250Params;

namespace {

bool isQuery(const QByteArray &args)
{
    return args == "?";
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

// ---- function commands ----

Wizfi250Module::Result Wizfi250Module::cmdFping(const QByteArray &a)
{
    Reader r(a);
    const auto count = toInt(r.next());
    if (!count || *count > 50)
        return Result::Invalid;
    const auto target = toIp(r.next());
    if (!target)
        return Result::Invalid;
    // Who answers: loopback, the module itself, the gateway, the DNS servers and every name of
    // the world's DNS table (all on loopback).
    bool reachable = target->isLoopback() || *target == linkAddress() || *target == linkGateway();
    for (const QHostAddress &d : world().dhcp.dns)
        reachable = reachable || d == *target;
    for (const QHostAddress &d : world().dnsNames)
        reachable = reachable || d == *target;
    m_busy = true;
    // One ping after the other; the chain of pending calls keeps the step alive.
    auto step = std::make_shared<std::function<void(qint64)>>();
    *step = [this, weak = std::weak_ptr(step), reachable](qint64 left) {
        const auto self = weak.lock();
        if (!self)
            return;
        if (left <= 0) {
            finishLater(Result::Ok);
            return;
        }
        if (!linked()) {
            rsp("Ping error\r\n");
            later(10, [self, left] { (*self)(left - 1); });
        } else if (reachable) {
            const int ms = 1 + int(random().bounded(3));
            later(ms * 10, [this, self, left, ms] {
                rsp("Ping Reply : " + num(ms).rightJustified(3, ' ') + " ms\r\n");
                (*self)(left - 1);
            });
        } else {
            later(900, [this, self, left] { // [F] PING_TIMEOUT
                rsp("Ping timeout\r\n");
                (*self)(left - 1);
            });
        }
    };
    (*step)(*count);
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdFdns(const QByteArray &a)
{
    Reader r(a);
    const auto host = r.next();
    if (!host)
        return Result::Invalid;
    const auto timeout = toInt(r.next());
    if (!timeout)
        return Result::Invalid;
    if (!linked())
        return Result::Error;
    const auto address = world().resolve(QString::fromUtf8(*host));
    m_busy = true;
    if (address) {
        later(30, [this, ip = ipText(*address)] {
            rsp(ip + "\r\n");
            finishLater(Result::Ok);
        });
    } else {
        later(int(std::clamp<qint64>(*timeout, 1, 200)), [this] { finishLater(Result::Error); });
    }
    return Result::Later;
}

Wizfi250Module::Result Wizfi250Module::cmdFwebs(const QByteArray &a)
{
    if (isQuery(a)) {
        rsp(num(m_webServer ? 1 : 0) + "," + QByteArray(1, m_cur.webType) + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto action = toInt(r.next());
    if (!action || *action > 1)
        return Result::Invalid;
    if (const auto type = r.next()) {
        const QByteArray t = type->toUpper();
        if (t == "F")
            return Result::Ok; // [F]: "like the function button"
        if (t != "A" && t != "M")
            return Result::Invalid;
        if (*action == 0)
            m_cur.webType = t.at(0);
    }
    if (*action == 1)
        return Result::Error; // the web configuration server is not available
    m_webServer = false;
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdFota(const QByteArray &)
{
    return Result::Error; // OTA upgrade is not available
}

Wizfi250Module::Result Wizfi250Module::cmdFgpio(const QByteArray &a)
{
    const auto level = [this](Gpio &g) {
        // The world drives an input pin; a pin the world does not know reads its pull.
        if (gpioExists(g.num))
            return gpioLevel(g.num);
        return g.config == 0 ? 1 : 0;
    };
    if (isQuery(a)) {
        for (Gpio &g : m_cur.gpio) {
            if (g.mode == 0)
                g.value = level(g);
        }
        rsp(gpioTable() + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto action = toInt(r.next());
    if (!action || *action > 2)
        return Result::Invalid;
    const auto pin = toInt(r.next());
    Gpio *g = nullptr;
    for (Gpio &candidate : m_cur.gpio) {
        if (pin && candidate.num == *pin)
            g = &candidate;
    }
    if (!g)
        return Result::Invalid;
    if (*action == 0) { // read: input pins only
        if (g->mode != 0)
            return Result::Invalid;
        g->value = level(*g);
        rsp(num(g->value) + "\r\n");
        return Result::Ok;
    }
    const auto value = toInt(r.next());
    if (*action == 1) { // write: output pins only
        if (g->mode != 1)
            return Result::Invalid;
        if (!value || *value > 1)
            return Result::Invalid;
        g->value = int(*value);
        setGpioLevel(g->num, g->value);
        return Result::Ok;
    }
    if (!value || *value > 5) // configure
        return Result::Invalid;
    g->config = int(*value);
    g->mode = g->config >= 3 ? 1 : 0;
    setGpioDirection(g->num, g->mode == 1);
    if (g->mode == 1)
        setGpioLevel(g->num, g->value);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdFgetadc(const QByteArray &)
{
    rsp(num(adcRaw(0)) + "\r\n"); // GPIO5's ADC is the world's channel 0
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdFsock(const QByteArray &a)
{
    if (isQuery(a)) {
        QByteArrayList values;
        for (int i = 1; i <= 8; ++i)
            values << num(m_cur.socketOptions.at(i));
        rsp(values.join(',') + "\r\n");
        return Result::Ok;
    }
    Reader r(a);
    const auto option = toInt(r.next());
    const auto value = toInt(r.next());
    if (!option || !value || *option < 1 || *option > 9)
        return Result::Invalid;
    const auto in = [v = *value](qint64 lo, qint64 hi, bool zeroOff) {
        return (zeroOff && v == 0) || (v >= lo && v <= hi);
    };
    bool ok = false;
    switch (*option) {
    case 1:
        ok = in(2000, 20000, false);
        break;
    case 2:
        ok = in(2000, 20000, true);
        break;
    case 4:
        ok = in(10, 100000, true);
        break;
    case 5:
        ok = in(5, 3600, true);
        break;
    case 6:
        ok = in(10, 1000, true);
        break;
    case 7:
    case 8:
        ok = in(5, 1000, true);
        break;
    case 9:
        ok = in(1, 1, true);
        break;
    default:
        ok = true;
        break;
    }
    if (!ok)
        return Result::Invalid;
    m_cur.socketOptions[int(*option)] = int(*value);
    return Result::Ok;
}

Wizfi250Module::Result Wizfi250Module::cmdFwebsopt(const QByteArray &)
{
    return Result::Ok; // the guide: "AT+FWEBSOPT" -> [OK] (meaning TBD)
}
