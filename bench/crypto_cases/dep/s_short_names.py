import six
import tqdm
import rich
import click
