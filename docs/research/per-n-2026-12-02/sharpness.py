# The sharpness k a double-sided network needs at each n to pass the 2% check on x ~ N(0, I), and the weight on the
# MSE that would make the loss's optimum sit at that k. Run with Debian's python3-numpy: python3 sharpness.py
# Double-sided with sharpness k: f(x) = sum_i x_i tanh(k x_i / 2), gap e_i = |x_i| (1 - tanh(k |x_i| / 2)) >= 0.
# The check: p99 over samples of |f(x) + c - ||x||_1| divided by the sample's mean ||x||_1, at most 2%.
import numpy as np

rng = np.random.default_rng(0)
Z = rng.standard_normal(400000)

def required_k(n, fitted_c, samples=20000):
    x = np.abs(rng.standard_normal((samples, n)))
    mean_norm = x.sum(1).mean()
    lo, hi = 0.1, 1000.0
    for _ in range(50):
        k = np.sqrt(lo * hi)
        gap = (x * (1 - np.tanh(k * x / 2))).sum(1)
        c = gap.mean() if fitted_c else 0.0   # a fitted output bias cancels the mean gap on these inputs only
        if np.quantile(np.abs(gap - c), 0.99) / mean_norm <= 0.02: hi = k
        else: lo = k
    return hi

def mse(k, n, fitted_c):
    e = np.abs(Z) * (1 - np.tanh(k * np.abs(Z) / 2))
    return n * e.var() + (0 if fitted_c else n * n * e.mean() ** 2)

def kl(k, n):
    return n * (k * k + 1 / (k * k))   # the k-dependent part: 2n input weights +-k, 2n output weights ~1/k, prior N(0, 1)

def slope(f, k, h=1e-3):
    return (f(k * (1 + h)) - f(k * (1 - h))) / (2 * k * h)

dims = [1, 2, 3, 4, 8, 16, 32, 64, 128, 256]
for fitted_c in (False, True):
    ks = {n: required_k(n, fitted_c) for n in dims}
    # loss = w(n) MSE + beta (16/n)^2 KL is stationary at k when w(n) = beta (16/n)^2 KL'(k) / -MSE'(k)
    w = {n: (16 / n) ** 2 * slope(lambda q: kl(q, n), ks[n]) / -slope(lambda q: mse(q, n, fitted_c), ks[n]) for n in dims}
    print("c fitted to N(0, I)" if fitted_c else "c = 0")
    print("   n   k_req   w(n)/w(16)   (16/n)^4   beta_req(n)/beta_req(16) under the shipped 16/n")
    for n in dims:
        print(f"{n:4d} {ks[n]:7.2f} {w[n] / w[16]:12.4g} {(16 / n) ** 4:10.4g} {(16 / n) / (w[n] / w[16]):12.4g}")
