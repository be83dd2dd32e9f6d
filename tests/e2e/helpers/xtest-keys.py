"""Presses keys and clicks through the X server's XTEST extension, as a keyboard and mouse would.

Each argument is `click:X,Y` (screen pixels) or a chord of X keysym names (`Control_L+plus`).
The display is $DISPLAY. Used by tests/e2e/helpers/os-input.ts: key events that reach the
browser's own shortcuts, which WebDriver's synthesized keys do not.
"""
import ctypes
import sys
import time

x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
xtst = ctypes.cdll.LoadLibrary("libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XStringToKeysym.restype = ctypes.c_ulong
x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
x11.XFlush.argtypes = [ctypes.c_void_p]
xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong]
xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]

display = x11.XOpenDisplay(None)
if not display:
    sys.exit("no X display")
for arg in sys.argv[1:]:
    if arg.startswith("click:"):
        x, y = (int(v) for v in arg[len("click:"):].split(","))
        xtst.XTestFakeMotionEvent(display, -1, x, y, 0)
        xtst.XTestFakeButtonEvent(display, 1, 1, 0)
        xtst.XTestFakeButtonEvent(display, 1, 0, 0)
    else:
        codes = []
        for name in arg.split("+"):
            code = x11.XKeysymToKeycode(display, x11.XStringToKeysym(name.encode()))
            if code == 0:
                sys.exit(f"no key for keysym {name}")
            codes.append(code)
        for code in codes:
            xtst.XTestFakeKeyEvent(display, code, 1, 0)
        for code in reversed(codes):
            xtst.XTestFakeKeyEvent(display, code, 0, 0)
    x11.XFlush(display)
    # One event at a time, as hands do: the browser reads each before the next.
    time.sleep(0.05)
