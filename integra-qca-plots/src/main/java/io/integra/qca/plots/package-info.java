package io.integra.qca.plots;
