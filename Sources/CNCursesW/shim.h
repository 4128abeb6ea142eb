#ifndef SAYWHO_CNCURSESW_SHIM_H
#define SAYWHO_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags pkg-config gives for ncursesw, so the wide
   character API (cchar_t, mvwadd_wch, wget_wch) is switched on here. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <unistd.h>
#include <termios.h>
#include <sys/ioctl.h>
#if defined(__APPLE__)
#include <util.h>
#else
#include <pty.h>
#endif
#include <ncursesw/curses.h>

/* Function-like macros and C globals Swift cannot import (or that Swift 6's
   concurrency checks reject) get static inline accessors. */
static inline WINDOW *saywho_stdscr(void) { return stdscr; }
static inline WINDOW *saywho_curscr(void) { return curscr; }
static inline FILE *saywho_stdout(void) { return stdout; }
static inline FILE *saywho_stdin(void) { return stdin; }
static inline int saywho_lines(void) { return LINES; }
static inline int saywho_cols(void) { return COLS; }
static inline int saywho_colors(void) { return COLORS; }
static inline int saywho_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t saywho_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline void saywho_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t saywho_a_normal(void) { return A_NORMAL; }
static inline attr_t saywho_a_bold(void) { return A_BOLD; }
static inline attr_t saywho_a_underline(void) { return A_UNDERLINE; }
static inline attr_t saywho_a_reverse(void) { return A_REVERSE; }
static inline attr_t saywho_a_dim(void) { return A_DIM; }
static inline attr_t saywho_a_italic(void) { return A_ITALIC; }
static inline int saywho_key_code_yes(void) { return KEY_CODE_YES; }
static inline int saywho_ok(void) { return OK; }
static inline int saywho_err(void) { return ERR; }
static inline int saywho_key_f(int n) { return KEY_F(n); }
static inline mmask_t saywho_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t saywho_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t saywho_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t saywho_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t saywho_button4_pressed(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t saywho_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t saywho_button5_pressed(void) { return 0; }
#endif
static inline int saywho_escdelay_set(int ms) { return set_escdelay(ms); }
static inline int saywho_lc_all(void) { return LC_ALL; }
static inline int saywho_lc_ctype(void) { return LC_CTYPE; }

/* Builds a cchar_t from up to CCHARW_MAX wide characters (one grapheme). */
static inline int saywho_setcchar(cchar_t *c, const wchar_t *w, attr_t a, short pair) {
    return setcchar(c, w, a, pair, NULL);
}

static inline int saywho_getcchar_text(const cchar_t *c, wchar_t *out, int cap) {
    attr_t a; short p;
    wchar_t buf[CCHARW_MAX + 1];
    if (getcchar(c, buf, &a, &p, NULL) == ERR) return -1;
    int n = 0;
    while (n < CCHARW_MAX && buf[n] != 0 && n < cap - 1) { out[n] = buf[n]; n++; }
    out[n] = 0;
    return n;
}


/* setcchar with an int colour pair passed through opts, so pairs above
   32767 (extended colours) work. */
static inline int saywho_setcchar_pair(cchar_t *c, const wchar_t *w, attr_t a, int pair) {
    return setcchar(c, w, a, 0, &pair);
}

static inline int saywho_ccharw_max(void) { return CCHARW_MAX; }

/* wcwidth is hidden without _XOPEN_SOURCE, which the Glibc module may not
   have been built with; declare it here (the prototype is POSIX's). */
extern int wcwidth(wchar_t);
static inline int saywho_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* On SIGINT, SIGTERM and SIGHUP: restore the terminal, then die of the
   signal as if it had not been caught. endwin only writes the reset
   sequences; ncurses' own handlers do the same. */
static inline void saywho_cleanup_signal(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* On a crash (a trap, a bad access, abort): restore the terminal (alternate
   screen, mouse tracking), then hand the signal to whatever handled it before,
   the Swift runtime's backtracer among them, which now prints on the normal
   screen. Fatal signals are blocked inside the handler, so the raised signal
   arrives once the handler returns, with the earlier action in place. */
#define SAYWHO_FATAL_SIGNALS 6
/* Storage lives in functions: a static variable of a module's header is not
   emitted for the Swift code that imports it, a function's own static is. */
static inline int saywho_fatal_signal_at(int i) {
    static const int signals[SAYWHO_FATAL_SIGNALS] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    return signals[i];
}
static inline struct sigaction *saywho_earlier_fatal_action(int i) {
    static struct sigaction actions[SAYWHO_FATAL_SIGNALS];
    return &actions[i];
}

static inline void saywho_fatal_signal(int sig) {
    if (!isendwin()) endwin();
    for (int i = 0; i < SAYWHO_FATAL_SIGNALS; i++) {
        if (saywho_fatal_signal_at(i) == sig) sigaction(sig, saywho_earlier_fatal_action(i), NULL);
    }
    raise(sig);
}

static inline void saywho_install_cleanup_signals(void) {
    signal(SIGINT, saywho_cleanup_signal);
    signal(SIGTERM, saywho_cleanup_signal);
    signal(SIGHUP, saywho_cleanup_signal);
    for (int i = 0; i < SAYWHO_FATAL_SIGNALS; i++) {
        struct sigaction action;
        action.sa_handler = saywho_fatal_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_ONSTACK;
        sigaction(saywho_fatal_signal_at(i), &action, saywho_earlier_fatal_action(i));
    }
}

static inline void saywho_reset_cleanup_signals(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    for (int i = 0; i < SAYWHO_FATAL_SIGNALS; i++) {
        sigaction(saywho_fatal_signal_at(i), saywho_earlier_fatal_action(i), NULL);
    }
}

static inline void saywho_endwin_at_exit(void) {
    if (!isendwin()) endwin();
}

/* Restores the terminal on exit() from anywhere, a fatal error included. */
static inline int saywho_register_endwin_at_exit(void) { return atexit(saywho_endwin_at_exit); }

#endif
