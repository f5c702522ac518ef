#include "PtyTransport.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

PtyTransport::PtyTransport(const QString &linkPath, QObject *parent)
    : Transport(parent)
    , m_link(linkPath)
{}

PtyTransport::~PtyTransport()
{
    close();
}

void PtyTransport::open()
{
    if (m_master >= 0)
        return;
    const int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0 || grantpt(fd) != 0 || unlockpt(fd) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        if (fd >= 0)
            ::close(fd);
        emit errorOccurred(
            QCoreApplication::translate("PtyTransport", "Cannot create a pseudo-terminal: %1")
                .arg(why),
            false);
        return;
    }
    termios tio{};
    tcgetattr(fd, &tio);
    cfmakeraw(&tio);
    tcsetattr(fd, TCSANOW, &tio);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    m_master = fd;
    m_device = QString::fromLocal8Bit(ptsname(fd));
    // Hold the slave open ourselves, so that reads on the master do not fail with EIO while no
    // client has the port open, and clients may come and go.
    m_slaveKeeper = ::open(ptsname(fd), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_slaveKeeper >= 0) {
        termios s{};
        tcgetattr(m_slaveKeeper, &s);
        cfmakeraw(&s);
        tcsetattr(m_slaveKeeper, TCSANOW, &s);
    }
    m_readNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &PtyTransport::onReadable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &PtyTransport::flushPending);
    updateLink();
    emit opened();
}

void PtyTransport::updateLink()
{
    if (m_link.isEmpty())
        return;
    QFile::remove(m_link);
    if (!QFile::link(m_device, m_link))
        emit errorOccurred(
            QCoreApplication::translate("PtyTransport", "Cannot create the link %1 to %2.")
                .arg(m_link, m_device),
            false);
}

void PtyTransport::close()
{
    if (m_master < 0)
        return;
    m_readNotifier.reset();
    m_writeNotifier.reset();
    ::close(m_master);
    m_master = -1;
    if (m_slaveKeeper >= 0)
        ::close(m_slaveKeeper);
    m_slaveKeeper = -1;
    m_pending.clear();
    if (!m_link.isEmpty())
        QFile::remove(m_link);
    emit closed();
}

void PtyTransport::onReadable()
{
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n > 0) {
            emit received(QByteArray(buf, int(n)));
            continue;
        }
        return;
    }
}

qint64 PtyTransport::write(const QByteArray &bytes)
{
    if (m_master < 0)
        return -1;
    m_pending += bytes;
    flushPending();
    return bytes.size();
}

void PtyTransport::flushPending()
{
    while (!m_pending.isEmpty() && m_master >= 0) {
        const ssize_t n = ::write(m_master, m_pending.constData(), size_t(m_pending.size()));
        if (n > 0) {
            m_pending.remove(0, int(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: the kernel buffer is full; the write notifier tells us when to go on
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.isEmpty());
}

QString PtyTransport::description() const
{
    return m_link.isEmpty() ? m_device : QStringLiteral("%1 -> %2").arg(m_link, m_device);
}

#if defined(__linux__) && (defined(__x86_64__) || defined(__i386__) || defined(__aarch64__) ||     \
                           defined(__arm__) || defined(__riscv))
#define ATSTUDIO_HAVE_TERMIOS2
namespace {
// The kernel's struct termios2 (asm-generic/termbits.h), which glibc's <termios.h> does not
// declare: it holds a rate that has no B constant (BOTHER) as a number.
struct KernelTermios2
{
    tcflag_t c_iflag, c_oflag, c_cflag, c_lflag;
    cc_t c_line;
    cc_t c_cc[19];
    speed_t c_ispeed, c_ospeed;
};
} // namespace
#endif

int PtyTransport::lineBaud() const
{
    if (m_master < 0)
        return 0;
    // On a pseudo-terminal the master reads the termios of the slave, where the client set it.
    termios tio{};
    if (tcgetattr(m_master, &tio) != 0)
        return 0;
    static const struct
    {
        speed_t code;
        int baud;
    } rates[] = {
        {B50, 50},           {B75, 75},           {B110, 110},         {B134, 134},
        {B150, 150},         {B200, 200},         {B300, 300},         {B600, 600},
        {B1200, 1200},       {B1800, 1800},       {B2400, 2400},       {B4800, 4800},
        {B9600, 9600},       {B19200, 19200},     {B38400, 38400},     {B57600, 57600},
        {B115200, 115200},   {B230400, 230400},   {B460800, 460800},   {B500000, 500000},
        {B576000, 576000},   {B921600, 921600},   {B1000000, 1000000}, {B1152000, 1152000},
        {B1500000, 1500000}, {B2000000, 2000000}, {B2500000, 2500000}, {B3000000, 3000000},
        {B3500000, 3500000}, {B4000000, 4000000},
    };
    const speed_t code = cfgetospeed(&tio);
    for (const auto &r : rates) {
        if (r.code == code)
            return r.baud;
    }
#ifdef ATSTUDIO_HAVE_TERMIOS2
    // A custom rate (QSerialPort sets one through termios2 with BOTHER).
    KernelTermios2 t2{};
    if (::ioctl(m_master, _IOR('T', 0x2A, KernelTermios2), &t2) == 0)
        return int(t2.c_ospeed);
#endif
    return 0;
}
